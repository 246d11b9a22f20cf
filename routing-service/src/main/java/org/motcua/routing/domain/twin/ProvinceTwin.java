package org.motcua.routing.domain.twin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.motcua.routing.domain.policy.AssignmentPolicy;
import org.motcua.routing.domain.policy.CompetenceRule;
import org.motcua.routing.domain.policy.UnitLoad;

/**
 * The province twin: a discrete-event simulation of the units' queues under a routing, on a clock of office
 * hours (8 a working day; nights, weekends and holidays do not exist for it). Dossiers arrive as a Poisson
 * stream from the {@link DemandModel}; each unit and field is a queue served earliest-deadline-first by its
 * officers, each of whom works {@link DefaultStaffing#HOURS_PER_DAY} of the 8 hours on dossiers; processing
 * takes an exponential time around the procedure's effort. Routing {@link Routing#POLICY} runs the service's
 * own {@link AssignmentPolicy} on the same loads the service keeps; {@link Routing#STATUS_QUO} processes each
 * dossier where it was received. Runs with the same seed see the same dossiers (common random numbers).
 */
public final class ProvinceTwin {

    /** Where dossiers are processed. */
    public enum Routing {
        /** Each dossier where it was received (provincial agencies' dossiers at the agency). */
        STATUS_QUO,
        /** Pooled procedures by the assignment policy; the others where they must be. */
        POLICY
    }

    static final double DAY = DefaultStaffing.OFFICE_HOURS_PER_DAY;
    /** Officer hours of work done per office hour by one officer. */
    static final double WORK_RATE = DefaultStaffing.HOURS_PER_DAY / DAY;
    /** Office hour of a day after which a same-day procedure is due the next working day (15:00). */
    static final double SAME_DAY_CUT_OFF = 6.0;
    private static final int LARGEST_BACKLOGS = 10;
    /** Phases of the Erlang processing time: squared coefficient of variation 1/4. */
    static final int SERVICE_PHASES = 1;

    private final List<TwinUnit> units;
    private final DemandModel demand;
    private final AssignmentPolicy policy = new AssignmentPolicy();
    private final List<String> fields;
    private final int[] fieldOf;
    private final int[] agencyOf;
    private final double[] procedureShares;
    private final double[] pooledReceipts;
    private final double[] residenceReceipts;
    private final int[] communes;
    private final Map<String, Integer> unitIndex = new HashMap<>();

    public ProvinceTwin(List<TwinUnit> units, DemandModel demand) {
        this.units = List.copyOf(units);
        this.demand = demand;
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u).code(), u);
        }
        List<DemandProcedure> procedures = demand.procedures();
        this.fields = procedures.stream().map(DemandProcedure::field).distinct().toList();
        this.fieldOf = procedures.stream().mapToInt(p -> fields.indexOf(p.field())).toArray();
        this.agencyOf = procedures.stream().mapToInt(p -> p.rule() == CompetenceRule.PROVINCIAL_AGENCY
                ? agency(p.agencyCode()) : -1).toArray();
        this.procedureShares = cumulative(procedures.stream().mapToDouble(DemandProcedure::weight).toArray());
        this.pooledReceipts = cumulative(units.stream().mapToDouble(u -> demand.unitWeight(u, true)).toArray());
        this.residenceReceipts = cumulative(units.stream().mapToDouble(u -> demand.unitWeight(u, false)).toArray());
        this.communes = java.util.stream.IntStream.range(0, units.size()).filter(u -> !units.get(u).agency())
                .toArray();
        if (communes.length == 0) {
            throw new IllegalArgumentException("the twin needs communes");
        }
    }

    private int agency(String code) {
        Integer index = unitIndex.get(code);
        if (index == null || !units.get(index).agency()) {
            throw new IllegalArgumentException("no provincial agency " + code + " among the units");
        }
        return index;
    }

    /** Simulates the given number of working days from empty queues. */
    public TwinResult run(Routing routing, int workingDays, long seed) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("simulate at least one working day");
        }
        return new Run(routing, seed).simulate(workingDays * DAY);
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        return sums;
    }

    private static int pick(double[] cumulative, double uniform) {
        int index = Arrays.binarySearch(cumulative, uniform * cumulative[cumulative.length - 1]);
        return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
    }

    /** A dossier in the simulation. */
    private static final class Job {
        final long seq;
        final int procedure;
        final int receiving;
        final double arrival;
        final double due;
        final double effort;
        final double work;
        int station;
        double end;

        Job(long seq, int procedure, int receiving, double arrival, double due, double effort, double work) {
            this.seq = seq;
            this.procedure = procedure;
            this.receiving = receiving;
            this.arrival = arrival;
            this.due = due;
            this.effort = effort;
            this.work = work;
        }
    }

    private static final Comparator<Job> EARLIEST_DEADLINE = Comparator.<Job>comparingDouble(j -> j.due)
            .thenComparingLong(j -> j.seq);

    /** One unit's queue in one field. */
    private static final class Station {
        final int unit;
        final int servers;
        final double speed;
        final double staffHoursPerDay;
        final PriorityQueue<Job> waiting = new PriorityQueue<>(EARLIEST_DEADLINE);
        int busy;
        double queuedEffort;

        Station(int unit, int servers, double staffHoursPerDay) {
            this.unit = unit;
            this.servers = servers;
            this.staffHoursPerDay = staffHoursPerDay;
            // part-time officers (0.5 = half the day) work as whole servers at part speed
            this.speed = servers == 0 ? 0 : staffHoursPerDay / DefaultStaffing.HOURS_PER_DAY / servers;
        }
    }

    /** The state of one simulation. */
    private final class Run {
        final Routing routing;
        final SplittableRandom random;
        final Station[] stations;
        final PriorityQueue<Job> inService = new PriorityQueue<>(Comparator.comparingDouble(j -> j.end));
        final int[] inUnit = new int[units.size()];
        final int[] largest = new int[units.size()];
        final int[] largestOnDay = new int[units.size()];
        double[] waits = new double[1 << 16];
        int waited;
        long arrivals;
        long completed;
        long overdue;
        long elsewhere;
        final long[] overdueInField = new long[fields.size()];
        double now;

        Run(Routing routing, long seed) {
            this.routing = routing;
            this.random = new SplittableRandom(seed);
            this.stations = new Station[units.size() * fields.size()];
            for (int u = 0; u < units.size(); u++) {
                for (int f = 0; f < fields.size(); f++) {
                    TwinUnit unit = units.get(u);
                    stations[u * fields.size() + f] = new Station(u, unit.servers(fields.get(f)),
                            unit.officers(fields.get(f)) * DefaultStaffing.HOURS_PER_DAY);
                }
            }
        }

        TwinResult simulate(double end) {
            double nextArrival = nextArrivalAfter(0);
            while (true) {
                Job done = inService.peek();
                if (nextArrival <= end && (done == null || nextArrival <= done.end)) {
                    now = nextArrival;
                    arrive();
                    nextArrival = nextArrivalAfter(now);
                } else if (done != null && done.end <= end) {
                    now = done.end;
                    complete(inService.poll());
                } else {
                    break;
                }
            }
            now = end;
            return result(end);
        }

        double nextArrivalAfter(double time) {
            int month = DemandModel.monthOf((int) (time / DAY));
            return time - Math.log(1 - random.nextDouble()) / demand.hourlyRate(month);
        }

        void arrive() {
            int p = pick(procedureShares, random.nextDouble());
            DemandProcedure procedure = demand.procedures().get(p);
            int receiving = pick(procedure.pooled() ? pooledReceipts : residenceReceipts, random.nextDouble());
            double work = processingTime(procedure.effortHours());
            Job job = new Job(arrivals++, p, receiving, now, dueOf(procedure), procedure.effortHours(), work);
            int unit = processingUnit(job, procedure);
            if (unit != receiving) {
                elsewhere++;
            }
            enqueue(job, unit * fields.size() + fieldOf[p]);
        }

        /** Office hours of processing: Erlang-distributed around the effort (a one-hour task rarely takes five). */
        double processingTime(double effortHours) {
            double product = 1;
            for (int i = 0; i < SERVICE_PHASES; i++) {
                product *= 1 - random.nextDouble();
            }
            return -Math.log(product) / SERVICE_PHASES * effortHours / WORK_RATE;
        }

        int processingUnit(Job job, DemandProcedure procedure) {
            if (agencyOf[job.procedure] >= 0) {
                return agencyOf[job.procedure];
            }
            if (routing == Routing.STATUS_QUO || !procedure.pooled()) {
                return job.receiving; // residence and land: the twin's applicants submit where they live
            }
            int field = fieldOf[job.procedure];
            List<UnitLoad> loads = new ArrayList<>(communes.length);
            for (int u : communes) {
                Station station = stations[u * fields.size() + field];
                loads.add(new UnitLoad(units.get(u).code(), station.queuedEffort, station.staffHoursPerDay));
            }
            String chosen = policy.decide(units.get(job.receiving).code(), job.effort, loads, true).unitCode();
            return unitIndex.get(chosen);
        }

        double dueOf(DemandProcedure procedure) {
            int day = (int) (now / DAY);
            int dueDay = procedure.legalWorkingDays() == 0
                    ? (now - day * DAY < SAME_DAY_CUT_OFF ? day : day + 1)
                    : day + procedure.legalWorkingDays();
            return (dueDay + 1) * DAY;
        }

        void enqueue(Job job, int s) {
            Station station = stations[s];
            job.station = s;
            station.queuedEffort += job.effort;
            int unit = station.unit;
            if (++inUnit[unit] > largest[unit]) {
                largest[unit] = inUnit[unit];
                largestOnDay[unit] = (int) (now / DAY);
            }
            if (station.busy < station.servers) {
                start(job, station);
            } else {
                station.waiting.add(job);
            }
        }

        void start(Job job, Station station) {
            station.busy++;
            recordWait(now - job.arrival);
            job.end = now + job.work / station.speed;
            inService.add(job);
        }

        void complete(Job job) {
            Station station = stations[job.station];
            station.busy--;
            station.queuedEffort = Math.max(0, station.queuedEffort - job.effort);
            inUnit[station.unit]--;
            completed++;
            if (job.end > job.due) {
                overdue++;
                overdueInField[fieldOf[job.procedure]]++;
            }
            Job next = station.waiting.poll();
            if (next != null) {
                start(next, station);
            }
        }

        void recordWait(double hours) {
            if (waited == waits.length) {
                waits = Arrays.copyOf(waits, waits.length * 2);
            }
            waits[waited++] = hours;
        }

        TwinResult result(double end) {
            long lateUnfinished = 0;
            List<Job> unfinished = new ArrayList<>(inService);
            for (Station station : stations) {
                for (Job job : station.waiting) {
                    recordWait(end - job.arrival); // still waiting at the end: counted with the wait so far
                    unfinished.add(job);
                }
            }
            for (Job job : unfinished) {
                if (job.due < end) {
                    lateUnfinished++;
                    overdueInField[fieldOf[job.procedure]]++;
                }
            }
            Map<String, Long> byField = new java.util.LinkedHashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                byField.put(fields.get(f), overdueInField[f]);
            }
            double[] sorted = Arrays.copyOf(waits, waited);
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0);
            double p95 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
            long late = overdue + lateUnfinished;
            long known = completed + lateUnfinished;
            List<TwinResult.Backlog> backlogs = java.util.stream.IntStream.range(0, units.size()).boxed()
                    .sorted(Comparator.<Integer>comparingInt(u -> -largest[u]).thenComparing(u -> units.get(u).code()))
                    .limit(LARGEST_BACKLOGS)
                    .map(u -> new TwinResult.Backlog(units.get(u).code(), largest[u], largestOnDay[u] + 1))
                    .toList();
            return new TwinResult(routing, arrivals, completed, late, known == 0 ? 0 : (double) late / known,
                    mean, p95, arrivals == 0 ? 0 : (double) elsewhere / arrivals, byField, backlogs);
        }
    }
}
