// Signature stub of hudson.model.Result, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Result.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

public final class Result implements Serializable, CustomExportedBean {
  public static final @NonNull Result SUCCESS = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  public static final @NonNull Result UNSTABLE = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  public static final @NonNull Result FAILURE = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  public static final @NonNull Result NOT_BUILT = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  public static final @NonNull Result ABORTED = io.spsbacklinks.jenkinsstubs.Constant.unknown();

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
