package org.foikb.template;

import java.util.List;

/** A page of prose: a free page, the search page, the 404 page or an index of links. */
public record TextPageView(LayoutView layout, String heading, String html, List<LinkView> links) {}
