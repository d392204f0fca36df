package org.foikb.model;

import java.util.Optional;

/** A free page from {@code pages/<slug>.md}, published at {@code /<slug>/}. */
public record Page(
    String path, String slug, String title, Optional<String> summary, int bodyLine) {}
