package org.newsgraph.actors;

/** The three kinds of actor newsgraph tracks. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
