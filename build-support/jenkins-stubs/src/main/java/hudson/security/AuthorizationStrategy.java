// Signature stub of hudson.security.AuthorizationStrategy, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/security/AuthorizationStrategy.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class AuthorizationStrategy
    implements Describable<AuthorizationStrategy>, ExtensionPoint {}
