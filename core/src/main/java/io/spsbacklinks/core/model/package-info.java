/**
 * Values of the Backlinks API v1.0: request enums (strict, they validate input) and response
 * records (tolerant, they keep values this client does not know).
 */
package io.spsbacklinks.core.model;
