package org.foikb.render;

import java.util.List;
import org.foikb.model.Request;
import org.foikb.search.Json;
import org.foikb.template.LayoutView.MetaProperty;

/**
 * What a request page tells machines about itself: Open Graph properties for link previews, and
 * schema.org data (a {@code Report} whose number is the request's reference). Every value from
 * content goes through the template's HTML escaping or through {@link Json#quote}, which escapes
 * {@code <}, so that no text can close the script element that holds the data.
 */
final class RequestMetadata {
  private RequestMetadata() {}

  static List<MetaProperty> openGraph(RenderContext context, Request request, String description) {
    var site = context.log.site();
    return List.of(
        new MetaProperty("og:type", "article"),
        new MetaProperty("og:site_name", site.title() + " – " + site.authority()),
        new MetaProperty("og:title", request.reference() + ": " + request.title()),
        new MetaProperty("og:description", description),
        new MetaProperty("og:url", context.absolute(context.urls.request(request.slug()))),
        new MetaProperty("og:locale", site.language().replace('-', '_')));
  }

  static String jsonLd(RenderContext context, Request request, String description) {
    var site = context.log.site();
    StringBuilder out = new StringBuilder(512);
    out.append("{\"@context\":\"https://schema.org\",\"@type\":\"Report\",\"reportNumber\":");
    Json.quote(out, request.reference());
    out.append(",\"name\":");
    Json.quote(out, request.title());
    out.append(",\"description\":");
    Json.quote(out, description);
    out.append(",\"url\":");
    Json.quote(out, context.absolute(context.urls.request(request.slug())));
    out.append(",\"datePublished\":");
    Json.quote(out, request.responded().toString());
    if (request.received().isPresent()) {
      out.append(",\"dateCreated\":");
      Json.quote(out, request.received().get().toString());
    }
    out.append(",\"inLanguage\":");
    Json.quote(out, site.language());
    if (!request.topics().isEmpty()) {
      out.append(",\"keywords\":[");
      for (int i = 0; i < request.topics().size(); i++) {
        out.append(i > 0 ? "," : "");
        Json.quote(out, request.topics().get(i));
      }
      out.append(']');
    }
    out.append(",\"publisher\":{\"@type\":\"GovernmentOrganization\",\"name\":");
    Json.quote(out, site.authority());
    out.append("},\"isPartOf\":{\"@type\":\"WebSite\",\"name\":");
    Json.quote(out, site.title());
    out.append(",\"url\":");
    Json.quote(out, context.absolute(context.urls.home()));
    return out.append("}}").toString();
  }
}
