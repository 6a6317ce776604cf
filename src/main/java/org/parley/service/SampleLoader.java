package org.parley.service;

import org.parley.io.ImportException;
import org.parley.model.NegotiationData;

/**
 * Where a new workspace's sample negotiation comes from: the bundled JSON in the app, another
 * file in tests of a broken sample.
 */
@FunctionalInterface
public interface SampleLoader {

    NegotiationData load() throws ImportException;
}
