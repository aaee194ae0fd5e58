package io.spsbacklinks.gate;

/**
 * What a first run does with its rules. A first run is one without a usable baseline: none was
 * given, or the one given is for another target or mode.
 *
 * <p>Either way every check runs and every rule is reported with the verdict it reaches; this only
 * decides whether those verdicts make the gate's verdict.
 */
public enum FirstRunAction {
  /**
   * The rules decide the verdict as on any other run: losses in the {@link
   * LostPolicy#lookbackDays()} window and broken targets can WARN or FAIL the very first run.
   */
  ENFORCE,
  /**
   * The run only records the baseline: the verdict is PASS, each rule is reported with the verdict
   * it would have had, and a note says "first run: baseline recorded, rules not enforced". This
   * includes broken targets, although they need no baseline: a first run judges a site nobody has
   * measured yet. The next run, compared with this run's baseline, is enforced.
   */
  RECORD
}
