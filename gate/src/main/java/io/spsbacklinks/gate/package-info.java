/**
 * The lost-backlinks gate: after a deploy, decide from the Backlinks API and the deployed site
 * whether the site lost backlinks, and turn that into a {@link io.spsbacklinks.gate.Verdict}.
 *
 * <p>Three checks run under one {@link io.spsbacklinks.gate.GatePolicy}: broken backlinked
 * destination URLs on the deployed site, links lost in the index since the {@link
 * io.spsbacklinks.gate.Baseline}, and a drop of the target's metrics. {@link
 * io.spsbacklinks.gate.Gate} runs them; {@link io.spsbacklinks.gate.GateReports} writes the result
 * as JSON, Markdown, HTML and JUnit XML. Nothing here depends on Jenkins or NiFi.
 */
package io.spsbacklinks.gate;
