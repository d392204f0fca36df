package org.foikb.body;

/**
 * A section's body: its explanation and what follows {@code ## Standard wording}, as HTML, and the
 * whole as plain text for the search index.
 */
public record SectionBody(String explanationHtml, String wordingHtml, String text) {}
