/* Eight threads capture and rebuild their stacks (three frames deep) at
   every point, at the same time: each must restore its own frames, and
   none may run a function from its start instead (the restoring count
   is shared, the frames are not).  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>

static int entered;

static unsigned long __attribute__ ((noinline))
leaf (unsigned long acc, int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("leaf");
      acc = acc * 6364136223846793005ul + i;
    }
  return acc;
}

static unsigned long __attribute__ ((noinline))
middle (unsigned long acc, int n)
{
  for (int i = 0; i < n; i++)
    acc = leaf (acc, 50) ^ i;
  return acc;
}

static void *
worker (void *arg)
{
  unsigned long *result = arg;

  __atomic_add_fetch (&entered, 1, __ATOMIC_SEQ_CST);
  *result = middle (*result, 200);
  return NULL;
}

int
main (void)
{
  pthread_t t[8];
  unsigned long r[8], sum = 0;

  for (int i = 0; i < 8; i++)
    {
      r[i] = i;
      pthread_create (&t[i], NULL, worker, &r[i]);
    }
  for (int i = 0; i < 8; i++)
    pthread_join (t[i], NULL);
  for (int i = 0; i < 8; i++)
    sum = sum * 31 + r[i];
  printf ("entered %d, sum %lu\n", entered, sum);
  return 0;
}

/* { dg-output "^entered 8, sum 14719315254848406276\n" } */
