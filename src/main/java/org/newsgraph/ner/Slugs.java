package org.newsgraph.ner;

import java.util.Set;

/**
 * Wire services open a sports story's headline with the sport and a dash: "SOCCER - JAPAN GET LUCKY WIN , CHINA IN
 * SURPRISE DEFEAT", "RUGBY UNION - CUTTITTA BACK FOR ITALY". The model, which never saw such a slug, missed the name
 * right after it ("Japan", "Cuttitta", "Sampras", "Indurain") though it finds it in the same headline without the
 * slug; so the model reads the headline from after the dash (the slug is no name either way). Only for headlines
 * (sentences the truecaser read): not "Union - management talks" in running text.
 */
final class Slugs {
  private Slugs() {}

  private static final Set<String> SPORTS = Set.of("SOCCER", "TENNIS", "CRICKET", "GOLF", "RUGBY", "UNION", "LEAGUE",
      "BASEBALL", "BASKETBALL", "ATHLETICS", "CYCLING", "BOXING", "MOTOR", "RACING", "MOTORCYCLING", "HORSE", "SKIING",
      "ALPINE", "NORDIC", "ICE", "HOCKEY", "SQUASH", "BADMINTON", "SWIMMING", "ROWING", "SAILING", "YACHTING",
      "AMERICAN", "FOOTBALL", "AUSTRALIAN", "RULES", "VOLLEYBALL", "HANDBALL", "JUDO", "WRESTLING", "GYMNASTICS",
      "FENCING", "TABLE", "SNOOKER", "DARTS", "CHESS", "TRIATHLON", "SPEED", "SKATING", "FIGURE", "ROUNDUP", "OLYMPICS");

  /** The number of tokens of the sentence's slug and its dash ("RUGBY UNION -": 3), or 0. */
  static int length(String[] t) {
    for (int k = 1; k <= 3 && k + 1 < t.length; k++) {
      if (!SPORTS.contains(t[k - 1].toUpperCase())) { // the headline as the truecaser reads it: "Soccer -"
        return 0;
      }
      if (t[k].equals("-")) {
        return k + 1;
      }
    }
    return 0;
  }
}
