/* Worker threads run instrumented code (with address-taken locals) while
   the main thread is updated at every point: their results are unaffected.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>

struct job { unsigned seed; unsigned long result; };

static void __attribute__ ((noinline))
mix_into (unsigned long *acc, unsigned v)
{
  for (int i = 0; i < 4; i++)
    {
      gearshift_update_point ("mix");
      *acc = *acc * 31 + (v >> (i * 8) & 0xff);
    }
}

static unsigned long __attribute__ ((noinline))
crunch (unsigned seed, int n)
{
  unsigned long acc = 0;
  for (int k = 0; k < n; k++)
    {
      seed = seed * 1103515245u + 12345u;
      mix_into (&acc, seed);
    }
  return acc;
}

static void *
worker (void *arg)
{
  struct job *j = arg;
  j->result = crunch (j->seed, 20000);
  return NULL;
}

int
main (void)
{
  struct job jobs[3] = { { 1, 0 }, { 2, 0 }, { 3, 0 } };
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create (&t[i], NULL, worker, &jobs[i]);
  unsigned long mine = crunch (4, 3000);
  for (int i = 0; i < 3; i++)
    pthread_join (t[i], NULL);
  for (int i = 0; i < 3; i++)
    printf ("job %d: %lu\n", i, jobs[i].result);
  printf ("main: %lu\n", mine);
  fflush (stdout);
  return 0;
}

/* { dg-output "^job 0: 16544312954499493950\n" } */
/* { dg-output "job 1: 1076634605644849683\n" } */
/* { dg-output "job 2: 14950321865087278924\n" } */
/* { dg-output "main: 11442092853905996038\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
