package org.newsgraph.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}): one object per line, each line
 * decoded and parsed on its own so a bad line is one reject and reading goes on. Blank lines are
 * not records. Lines longer than 4 bytes per allowed char are skipped unread (too large).
 */
final class JsonLinesParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesParser() {}

  /** Reads all lines; stream failures (truncation) propagate to the caller. */
  static void read(ReadSession session, InputStream in) throws IOException {
    int maxBytes = (int) Math.min(Integer.MAX_VALUE - 64, session.maxArticleChars * 4L + 65536);
    ByteLineReader lines = new ByteLineReader(in, maxBytes);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (lines.next()) {
      String position = session.at("line " + lines.lineNumber());
      if (lines.overflow()) {
        session.reject(position, ReadSession.STAGE_READ,
            session.tooLarge(lines.approxChars()) + " (whole line, not parsed)");
        continue;
      }
      byte[] b = lines.bytes();
      int from = 0;
      int len = lines.length();
      if (lines.lineNumber() == 1 && len >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
        from = 3; // byte-order mark
      }
      int nul = indexOfNul(b, from, len);
      if (nul >= 0) {
        session.reject(position, ReadSession.STAGE_READ,
            "binary data, not text (NUL byte at byte " + (lines.lineStart() + nul) + ")");
        continue;
      }
      ByteBuffer bytes = ByteBuffer.wrap(b, from, len - from);
      CharBuffer chars = CharBuffer.allocate(len - from);
      decoder.reset();
      CoderResult r = decoder.decode(bytes, chars, true);
      if (r.isError()) {
        session.reject(position, ReadSession.STAGE_READ,
            "invalid UTF-8 at byte " + (lines.lineStart() + bytes.position()));
        continue;
      }
      decoder.flush(chars);
      String line = chars.flip().toString();
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        session.reject(position, ReadSession.STAGE_PARSE, "not JSON: " + firstLine(e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        session.reject(position, ReadSession.STAGE_PARSE,
            "not a JSON object but " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = f.getValue();
        if (v.isValueNode() && !v.isNull()) {
          fields.putIfAbsent(f.getKey().toLowerCase(Locale.ROOT), v.asText());
        }
      }
      RecordFields.emit(session, position, fields);
    }
  }

  private static int indexOfNul(byte[] b, int from, int len) {
    for (int i = from; i < len; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
