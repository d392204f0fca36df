package org.foikb.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.foikb.link.CrossIndex;
import org.foikb.link.SiteUrls;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.model.Request;
import org.foikb.report.StaffReport.Place;
import org.foikb.report.StaffReport.SourceUse;

/** Absolute addresses on the published site, for reports read away from it. */
final class SiteAddresses {
  private final URI base;
  private final SiteUrls urls;

  SiteAddresses(DisclosureLog log) {
    this.base = URI.create(log.site().baseUrl());
    this.urls = new SiteUrls(log.site().basePath());
  }

  /** A question's address, or for question 0 the request's. */
  Place place(Request request, int question) {
    String path =
        question == 0 ? urls.request(request.slug()) : urls.question(request.slug(), question);
    return new Place(request, question, base.resolve(path).toString());
  }

  /** The source and every place that links to it, in the log's order. */
  SourceUse use(PublishedSource source, CrossIndex index) {
    List<Place> places = new ArrayList<>();
    for (CrossIndex.Citation citation : index.citationsOf(source.id())) {
      for (int question : citation.questions()) {
        places.add(place(citation.request(), question));
      }
    }
    return new SourceUse(source, places);
  }
}
