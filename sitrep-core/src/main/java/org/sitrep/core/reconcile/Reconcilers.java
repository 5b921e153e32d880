package org.sitrep.core.reconcile;

/** Factories for reconcilers. */
public final class Reconcilers {
    private Reconcilers() {
    }

    /** The default: best figure = the highest reported, latest on ties. */
    public static Reconciler standard() {
        return new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
    }

    /** ACLED-style: best figure = the lowest among the most recent day's reports. */
    public static Reconciler conservative() {
        return new StandardReconciler(StandardReconciler.FigureRule.CONSERVATIVE);
    }
}
