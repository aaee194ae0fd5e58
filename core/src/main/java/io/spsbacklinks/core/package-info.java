/**
 * Java client of the SEO PowerSuite Backlinks API v1.0: {@link
 * io.spsbacklinks.core.BacklinksClient} with one method per command, query records with validating
 * builders, streamed list responses ({@link io.spsbacklinks.core.RowStream}), cursor paging, async
 * export, retries and an exception hierarchy that never carries the API key.
 */
package io.spsbacklinks.core;
