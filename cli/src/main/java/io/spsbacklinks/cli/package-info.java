/**
 * The {@code backlinks} command line: one picocli command per Backlinks API v1.0 command, the
 * lost-backlinks gate, the sandbox and the demo. {@link io.spsbacklinks.cli.BacklinksCli#run} is
 * the entry point {@code main} and the tests share.
 */
package io.spsbacklinks.cli;
