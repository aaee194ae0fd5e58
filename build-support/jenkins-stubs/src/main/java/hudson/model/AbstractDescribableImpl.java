// Signature stub of hudson.model.AbstractDescribableImpl, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/AbstractDescribableImpl.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>>
    implements Describable<T> {}
