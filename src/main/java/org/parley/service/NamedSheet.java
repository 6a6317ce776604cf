package org.parley.service;

import org.parley.print.Sheet;

/**
 * A sheet with the file name it is saved under when many are written at once.
 *
 * @param fileStem e.g. "mission-MONUSCO" (no extension; safe on every file system)
 */
public record NamedSheet(String fileStem, Sheet sheet) {
}
