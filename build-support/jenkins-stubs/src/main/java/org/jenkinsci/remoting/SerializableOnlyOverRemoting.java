// Signature stub of org.jenkinsci.remoting.SerializableOnlyOverRemoting, read from
// jenkinsci/remoting@2f618ec1ec13
// src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {}
