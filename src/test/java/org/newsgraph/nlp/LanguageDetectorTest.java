package org.newsgraph.nlp;

import static org.junit.Assert.assertEquals;

import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.Test;

/** newsgraph's language detector ranks first what OpenNLP's ranks first, on the same model. */
public class LanguageDetectorTest {
  private static final String[] TEXTS = {
    "Baku, October 17, AZERTAC. Russian President Vladimir Putin held a phone call with U.S. President Donald Trump.",
    "Le président de la République a reçu hier à l'Élysée le chancelier allemand pour un dîner de travail.",
    "Die Bundesregierung hat am Mittwoch in Berlin einen neuen Haushaltsentwurf für das Jahr 2026 vorgelegt.",
    "El Gobierno de España aprobó este martes en Madrid el proyecto de presupuestos para el próximo año.",
    "Президент России Владимир Путин провёл телефонный разговор с президентом США Дональдом Трампом.",
    "国务院总理在北京人民大会堂会见了来访的外国代表团。",
    "RT @newsgraph: Putin & Trump talk for 2.5 hours!!! 😀😀 https://example.org/story?id=1 #news",
    "Putin",
    "12,345 67.8",
    "",
  };

  @Test
  public void ranksFirstWhatOpenNlpRanksFirst() {
    LanguageDetectorME reference = new LanguageDetectorME(NlpModels.languages());
    LanguageDetector detector = NlpModels.languageDetector();
    for (String text : TEXTS) {
      assertEquals(text, reference.predictLanguage(text).getLang(), detector.language(text));
    }
    assertEquals("eng", detector.language(TEXTS[0]));
    assertEquals("fra", detector.language(TEXTS[1]));
    assertEquals("rus", detector.language(TEXTS[4]));
  }
}
