package org.foikb.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache templates from {@code site-templates/}, each overridable by a file of the same name in
 * the user's own folder. Strict: a name a template uses that its view lacks is an error, not an
 * empty string.
 *
 * <pre>{@code
 * Templates templates = new Templates(Optional.of(Path.of("my-templates")));
 * String html = templates.render("request", requestView);
 * }</pre>
 */
public final class Templates {
  static final String BUILT_IN = "site-templates/";

  private final Optional<Path> overrides;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  public Templates(Optional<Path> overrides) {
    this.overrides = overrides;
    this.factory = new DefaultMustacheFactory(new Resolver(overrides));
    this.factory.setObjectHandler(new StrictObjectHandler());
  }

  public String render(String name, Object view) {
    StringWriter out = new StringWriter(16_384);
    try {
      Mustache mustache = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
      mustache.execute(out, view);
    } catch (MustacheException e) {
      throw new TemplateException("template " + name + ".mustache: " + rootMessage(e), e);
    }
    return out.toString();
  }

  /** An asset file (CSS, JS, images) from the user's folder or the built-in one, or empty. */
  public Optional<byte[]> asset(String name) {
    if (overrides.isPresent()) {
      Path file = overrides.get().resolve("assets").resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    try (InputStream in =
        Templates.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private record Resolver(Optional<Path> overrides) implements MustacheResolver {
    @Override
    public Reader getReader(String resourceName) {
      if (overrides.isPresent()) {
        Path file = overrides.get().resolve(resourceName);
        if (Files.isRegularFile(file)) {
          try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      InputStream in =
          Templates.class.getClassLoader().getResourceAsStream(BUILT_IN + resourceName);
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }

  /** Fails on names the view does not have, so a typo in a template cannot publish a blank. */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    public Wrapper find(String name, List<Object> scopes) {
      Wrapper wrapper = super.find(name, scopes);
      if (wrapper instanceof MissingWrapper) {
        throw new MustacheException("no value named '" + name + "' for this template");
      }
      return wrapper;
    }
  }
}
