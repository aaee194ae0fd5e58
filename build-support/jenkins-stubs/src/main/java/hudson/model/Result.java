// Signature stub of hudson.model.Result, read from jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Result.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

public final class Result implements Serializable, CustomExportedBean {
    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;
    public static final @NonNull Result NOT_BUILT = null;
    public static final @NonNull Result ABORTED = null;

    private Result() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull String toExportedObject() {
        throw new UnsupportedOperationException("stub");
    }

    public static @NonNull Result fromString(@NonNull String s) {
        throw new UnsupportedOperationException("stub");
    }
}
