package org.foikb.load;

import java.util.List;
import java.util.Optional;
import org.foikb.model.CrossReference;
import org.foikb.model.Question;

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
    List<CrossReference> references) {}
