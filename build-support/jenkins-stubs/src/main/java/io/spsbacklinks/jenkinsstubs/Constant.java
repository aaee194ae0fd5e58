// Not a Jenkins type: the initial value of every stubbed constant (Build support only, never
// packaged).
package io.spsbacklinks.jenkinsstubs;

/**
 * The stubs' constants ({@code Item.CONFIGURE}, {@code Result.SUCCESS}, ...) are never null in
 * Jenkins. Initialised from this method instead of a literal {@code null}, they are "unknown" to
 * SpotBugs, which runs on the plugin classes in jenkins-plugin-check, so it does not report a null
 * passed where Jenkins passes a real value. Unit tests never read them (they are null at run time
 * here).
 */
public final class Constant {
  private Constant() {}

  public static <T> T unknown() {
    return null;
  }
}
