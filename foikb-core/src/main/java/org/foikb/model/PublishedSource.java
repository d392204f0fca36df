package org.foikb.model;

import java.time.LocalDate;
import java.util.Optional;

/** Information already published elsewhere, pointed to by section 21 answers. */
public record PublishedSource(
    String path,
    String id,
    String title,
    String url,
    Optional<String> publisher,
    Optional<LocalDate> checked,
    int bodyLine) {}
