package org.foikb.linkcheck;

import org.foikb.model.PublishedSource;

/** One published source and what its address gave. */
public record LinkResult(PublishedSource source, LinkStatus status) {}
