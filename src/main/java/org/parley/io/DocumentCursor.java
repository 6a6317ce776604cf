package org.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A parser over a file that takes the top-level fields of its documents in the order a reader
 * asks for them (reference order), whatever order the file has them in. It moves forward while it
 * can, skipping what it passes without building anything, and opens the file afresh only when a
 * field asked for lies behind it: a file written by Parley is read in one pass.
 *
 * <p>Between calls the parser stands on the last token of the value last handed out (or on the
 * document's opening brace); the caller reads a value it is handed to its end, no further.
 */
final class DocumentCursor implements Closeable {

    private final NegotiationJson.Source source;
    private final JsonFactory json;
    private final boolean workspace;
    private JsonParser parser;
    private InputStream in;
    /** The document the parser is inside: its index in the file, -1 before the first. */
    private int document = -1;
    /** The field of that document whose value the parser finished, by its index in the header; -1 at the start. */
    private int field = -1;

    DocumentCursor(NegotiationJson.Source source, JsonFactory json, boolean workspace) {
        this.source = source;
        this.json = json;
        this.workspace = workspace;
    }

    JsonParser parser() {
        return parser;
    }

    /**
     * Stands on the first token of the value of field {@code name} of document {@code index}.
     *
     * @return that token, or null when the document has no such field
     */
    JsonToken seek(int index, DocumentHeader header, String name) throws IOException {
        int wanted = header.fields().indexOf(name);
        if (wanted < 0) {
            return null;
        }
        if (parser == null || index < document || (index == document && wanted <= field)) {
            reopen();
        }
        while (document < index) {
            if (document >= 0) {
                finishDocument();
            }
            parser.nextToken(); // the next document's opening brace
            document++;
            field = -1;
        }
        while (field < wanted) {
            if (field >= 0) {
                parser.skipChildren();
            }
            parser.nextToken(); // the field's name
            parser.nextToken(); // its value
            field++;
        }
        return parser.currentToken();
    }

    /** Skips the rest of the document the parser is in, to its closing brace. */
    private void finishDocument() throws IOException {
        if (field >= 0) {
            parser.skipChildren();
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private void reopen() throws IOException {
        close();
        in = source.open();
        parser = NegotiationJson.afterFirstPass(json.createParser(in));
        parser.nextToken(); // the root object
        document = -1;
        field = -1;
        if (!workspace) {
            document = 0;
            return;
        }
        // a workspace export: stand before the first element of its "negotiations" list
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean list = parser.currentName().equals("negotiations");
            parser.nextToken();
            if (list) {
                return;
            }
            parser.skipChildren();
        }
        throw new IllegalStateException("the header says the file has a list of negotiations; it has none");
    }

    @Override
    public void close() throws IOException {
        try {
            if (parser != null) {
                parser.close();
            }
        } finally {
            parser = null;
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }
}
