package org.parley.io;

import org.parley.model.AmendmentKind;
import org.parley.model.CompromiseStatus;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.LineCategory;
import org.parley.model.MissionStatus;
import org.parley.model.PostStatus;
import org.parley.model.ProposalStatus;
import org.parley.model.Stance;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a message shown to a user must not hold: a stack trace, a Java class or exception name, a
 * library's switches ({@code ALLOW_NON_NUMERIC_NUMBERS}, {@code StreamReadConstraints}) or SQLite's
 * result codes. Quoted text is the user's own and is not scanned; neither are the document's own
 * enumeration names ({@code AD_REF}), which a message lists on purpose.
 */
public final class UserMessages {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern INTERNAL = Pattern.compile("Exception|java\\.|javax\\.|com\\.fasterxml|org\\.parley"
            + "|SQLITE_|StreamReadConstraints|\\b[A-Z]\\w*Error\\b|\\n\\s+at |`");
    private static final Pattern SHOUTED = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    /** The document's enumeration names, and the variable a user sets to give Parley more memory. */
    private static final Set<String> ALLOWED_WORDS = Stream.concat(Stream.of("JDK_JAVA_OPTIONS"), Stream.of(AmendmentKind.values(), CompromiseStatus.values(),
                    DelegationKind.values(), EventKind.values(), LineCategory.values(), MissionStatus.values(),
                    PostStatus.values(), ProposalStatus.values(), Stance.values())
            .flatMap(Arrays::stream).map(Enum::name)).collect(Collectors.toSet());

    private UserMessages() {
    }

    /** Fails when {@code message} shows internals; {@code what} names the input in the failure. */
    public static void assertPlain(String message, String what) {
        String unquoted = QUOTED.matcher(message).replaceAll("\"…\"");
        Matcher internal = INTERNAL.matcher(unquoted);
        boolean found = internal.find();
        assertThat(found).as("\"%s\" shows internals (%s) for %s", message, found ? internal.group() : "", what)
                .isFalse();
        Matcher shouted = SHOUTED.matcher(unquoted);
        while (shouted.find()) {
            assertThat(ALLOWED_WORDS).as("\"%s\" names a library switch for %s", message, what)
                    .contains(shouted.group());
        }
    }

    /** Fails unless an import refusal is plain and says where: a JSON path or a line and column. */
    public static void assertPlainWithPlace(ImportException e, String what) {
        assertPlain(e.getMessage(), what);
        assertThat(e.location()).as("the place in \"%s\" for %s", e.getMessage(), what)
                .matches("\\$.*|line \\d+, column \\d+.*");
    }
}
