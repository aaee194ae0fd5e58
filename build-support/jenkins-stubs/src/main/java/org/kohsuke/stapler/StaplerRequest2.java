// Signature stub of org.kohsuke.stapler.StaplerRequest2, read from
// jenkinsci/stapler@2050.v425108fd5089 (Jenkins 2.541.3's BOM)
// core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
// Stapler 1.263 (the real jar these stubs use for the rest of org.kohsuke.stapler) predates this
// jakarta type.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

public interface StaplerRequest2 extends HttpServletRequest {}
