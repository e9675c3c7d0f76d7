/* -exclude may be given more than once, the lists adding up; a name that
   matches no function is harmless, and a prefix does not match.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-exclude=one,,nosuch -fplugin-arg-gearshift-exclude=two" } */

extern int work (int);

int one (int n) { return work (n); } /* { dg-warning "'one' is not instrumented: it is excluded" } */
int two (int n) { return work (n); } /* { dg-warning "'two' is not instrumented: it is excluded" } */
int three (int n) { return work (n); }
int on (int n) { return work (n); }

/* { dg-final { scan-gearshift-dump-times "not instrumented: it is excluded" 2 } } */
/* { dg-final { scan-gearshift-dump "function three: instrumented, 0 points, frame 0 bytes, passes$" } } */
/* { dg-final { scan-gearshift-dump "function on: instrumented, 0 points, frame 0 bytes, passes$" } } */
