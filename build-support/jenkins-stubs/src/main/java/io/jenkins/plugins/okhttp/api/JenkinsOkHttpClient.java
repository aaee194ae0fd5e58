// Signature stub of io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient, read from
// jenkinsci/okhttp-api-plugin@edb720acf1f8 (5.3.2-200.vedb_720a_cf1f8)
// src/main/java/io/jenkins/plugins/okhttp/api/JenkinsOkHttpClient.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.okhttp.api;

import okhttp3.OkHttpClient;

public class JenkinsOkHttpClient {
  private JenkinsOkHttpClient() {
    throw new UnsupportedOperationException("stub");
  }

  public static OkHttpClient.Builder newClientBuilder(OkHttpClient httpClient) {
    throw new UnsupportedOperationException("stub");
  }
}
