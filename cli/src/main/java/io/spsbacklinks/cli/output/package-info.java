/**
 * Printing API rows as they stream in: table, JSON, JSON lines and CSV with the API's field names,
 * and the progress line on stderr.
 */
package io.spsbacklinks.cli.output;
