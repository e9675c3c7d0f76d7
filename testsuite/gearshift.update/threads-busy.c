/* Every thread updates: three workers busy in their loops and main move
   to the new version together, each resuming its own stack there.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-busy-v2/threads-busy.c=threads-busy-v2.so" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int stop;
volatile int moved[3];
volatile unsigned long work[3];

static void *
worker (void *arg)
{
  long id = (long) arg;

  while (!stop)
    {
      moved[id] = 1;
      work[id]++;
      gearshift_update_point ("work");
    }
  return NULL;
}

static int
all_moved (void)
{
  return moved[0] == 2 && moved[1] == 2 && moved[2] == 2;
}

int
main (void)
{
  pthread_t t[3];
  char msg[512];

  for (long i = 0; i < 3; i++)
    pthread_create (&t[i], NULL, worker, (void *) i);
  while (!work[0] || !work[1] || !work[2])
    usleep (1000);
  gearshift_request_update ("./threads-busy-v2.so");
  for (int k = 0; k < 5000 && !all_moved (); k++)
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  printf ("v1 main: all moved %d\n", all_moved ());
  stop = 1;
  for (int i = 0; i < 3; i++)
    pthread_join (t[i], NULL);
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  return 0;
}

/* { dg-output "^v2 main: all moved 1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/threads-busy-v2.so: \[0-9\]+ frames of 4 threads, " } */
