// Signature stub of org.jenkinsci.plugins.workflow.actions.WarningAction, read from
// jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ (the BOM's version; same files at
// cbc88d9c87ce) src/main/java/org/jenkinsci/plugins/workflow/actions/WarningAction.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;

public class WarningAction implements PersistentAction {
  public WarningAction(@NonNull Result result) {
    throw new UnsupportedOperationException("stub");
  }

  public WarningAction withMessage(String message) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("stub");
  }

  public @CheckForNull String getMessage() {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull Result getResult() {
    throw new UnsupportedOperationException("stub");
  }
}
