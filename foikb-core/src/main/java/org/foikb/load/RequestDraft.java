package org.foikb.load;

import java.util.List;
import java.util.Optional;
import org.foikb.model.CrossReference;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * What could be read of a request file, valid or not, so the cross-file checks report a refused
 * file's broken links in the same run, and links to it are not called unknown.
 *
 * @param questions the questions that could be read, each at its own number
 */
public record RequestDraft(
    String path,
    Optional<String> reference,
    List<Question> questions,
    Optional<String> supersedes,
    List<CrossReference> references) {

  /** The draft of a request that loaded without a problem. */
  static RequestDraft of(Request request) {
    return new RequestDraft(
        request.path(),
        Optional.of(request.reference()),
        request.questions(),
        request.supersedes(),
        request.references());
  }
}
