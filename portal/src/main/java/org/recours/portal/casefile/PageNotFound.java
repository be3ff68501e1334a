package org.recours.portal.casefile;

/** A staff page that does not exist (an unknown step of a case, for instance). */
public class PageNotFound extends RuntimeException {}
