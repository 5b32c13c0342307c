package org.sitrep.model;

/** Whether a claim supports or contradicts the event it is linked to. */
public enum Stance { SUPPORTS, CONTRADICTS }
