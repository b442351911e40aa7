package org.newsgraph.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row (RFC 4180 quoting, multi-line quoted fields) via commons-csv. Column names
 * are matched case-insensitively against {@link RecordFields}.
 *
 * <p>commons-csv cannot resynchronise after a quoting error or undecodable bytes, so such an
 * error ends the file: the records before it are kept, and one reject says where it stopped and
 * that the rest was not read.
 */
final class CsvArticleParser {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
          .get();

  private CsvArticleParser() {}

  static void read(ReadSession session, InputStream in) throws IOException {
    StrictUtf8Reader text = new StrictUtf8Reader(in);
    // A record (all its fields) may hold this many chars; beyond that, an unterminated quote is
    // swallowing the file and we stop before it exhausts memory.
    RecordBudget budget = new RecordBudget(text, session.maxArticleChars * 16L + (1 << 20));
    CSVParser parser;
    try {
      parser = CSVParser.parse(budget, FORMAT);
    } catch (CSVException | BadTextException | IllegalArgumentException e) {
      session.reject(session.at("line 1"), ReadSession.STAGE_PARSE, "bad CSV header: " + e.getMessage());
      return;
    }
    List<String> header = new ArrayList<>();
    for (String h : parser.getHeaderNames()) {
      header.add(h == null ? "" : h.strip().toLowerCase(Locale.ROOT));
    }
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      long startLine = parser.getCurrentLineNumber() + 1;
      String position = session.at("line " + startLine);
      CSVRecord record;
      budget.newRecord();
      try {
        if (!records.hasNext()) {
          return;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        IOException cause = e.getCause();
        if (cause instanceof CSVException || cause instanceof BadTextException) {
          session.reject(position, ReadSession.STAGE_PARSE,
              "broken CSV at record " + (parser.getRecordNumber() + 1) + ": " + cause.getMessage()
                  + "; rest of file not read (commons-csv cannot resume after this error)");
          return;
        }
        throw cause; // the stream itself failed (truncated archive): the caller reports it
      }
      if (record.size() != header.size()) {
        session.reject(position, ReadSession.STAGE_PARSE,
            "CSV record has " + record.size() + " fields, header has " + header.size());
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.putIfAbsent(header.get(i), record.get(i));
      }
      RecordFields.emit(session, position, fields);
    }
  }

  /** Fails the read once one record has taken more than {@code max} chars. */
  private static final class RecordBudget extends FilterReader {
    private final long max;
    private long used;

    RecordBudget(Reader in, long max) {
      super(in);
      this.max = max;
    }

    void newRecord() {
      used = 0;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (used > max) {
        throw new CSVException("record longer than %d chars (unterminated quote?)", max);
      }
      int n = super.read(cbuf, off, len);
      if (n > 0) {
        used += n;
      }
      return n;
    }
  }
}
