package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.controller.ControllerService;

/**
 * Gives processors a configured, thread-safe client of the SEO PowerSuite Backlinks API v1.0. The
 * API key stays inside the service: processors never see it.
 */
@Tags({"seo", "backlinks", "seopowersuite", "api", "client"})
@CapabilityDescription(
    "Provides a configured client of the SEO PowerSuite Backlinks API v1.0 to"
        + " the Backlinks processors.")
public interface BacklinksApiService extends ControllerService {
  /**
   * The client, shared by all processors using this service.
   *
   * @throws IllegalStateException when the service is not enabled
   */
  BacklinksClient client();
}
