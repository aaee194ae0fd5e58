// Signature stub of hudson.Extension, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/Extension.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static jenkins.YesNoMaybe.MAYBE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Indexable;

@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
  double ordinal() default 0;

  @Deprecated
  boolean optional() default false;

  YesNoMaybe dynamicLoadable() default MAYBE;
}
