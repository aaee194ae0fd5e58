// Signature stub of org.jvnet.hudson.test.MockAuthorizationStrategy, read from
// jenkinsci/jenkins-test-harness@2578.v44660312fd37
// src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jvnet.hudson.test;

import hudson.model.Item;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;

public class MockAuthorizationStrategy extends AuthorizationStrategy {
  public MockAuthorizationStrategy() {
    throw new UnsupportedOperationException("stub");
  }

  public Grant grant(Permission... permissions) {
    throw new UnsupportedOperationException("stub");
  }

  public class Grant {
    Grant() {
      throw new UnsupportedOperationException("stub");
    }

    public GrantOn everywhere() {
      throw new UnsupportedOperationException("stub");
    }

    public GrantOn onItems(Item... items) {
      throw new UnsupportedOperationException("stub");
    }

    public class GrantOn {
      GrantOn() {
        throw new UnsupportedOperationException("stub");
      }

      public MockAuthorizationStrategy to(String... sids) {
        throw new UnsupportedOperationException("stub");
      }
    }
  }
}
