package org.parley.ui.print;

import java.util.List;

import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.service.Briefings;
import org.parley.service.SampleDesk;

/** The real sample, read once, and briefings on it at the sample's "now" with an empty change log. */
final class PrintSamples {

    static final NegotiationData SAMPLE = read();

    private PrintSamples() {
    }

    private static NegotiationData read() {
        try {
            return NegotiationJson.readSample();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Briefings briefings() {
        return new Briefings(SAMPLE, SampleDesk.NOW, since -> List.of());
    }
}
