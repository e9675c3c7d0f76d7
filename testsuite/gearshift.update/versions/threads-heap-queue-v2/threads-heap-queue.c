/* Version 2 of threads-heap-queue.c: the job's link comes first, and a
   stamp is added (zero in a converted job); the jobs convert field by
   field.  Main adds 50 jobs of its own and lets the worker go.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct job { struct job *next; long stamp; int cost; int id; };
GEARSHIFT_CONVERT_BY_NAME (struct job)

static struct job *head, *tail;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
volatile int go, finished, in_v2;
long done_cost, done_jobs, bad;

static void
put (struct job *j)
{
  pthread_mutex_lock (&lock);
  j->next = NULL;
  if (tail)
    tail->next = j;
  else
    head = j;
  tail = j;
  pthread_mutex_unlock (&lock);
}

static struct job *
take (void)
{
  pthread_mutex_lock (&lock);
  struct job *j = head;
  if (j && !(head = j->next))
    tail = NULL;
  pthread_mutex_unlock (&lock);
  return j;
}

static void *
worker (void *arg)
{
  (void) arg;
  while (!go)
    {
      usleep (200);
      gearshift_update_point ("idle");
    }
  for (;;)
    {
      struct job *j = take ();
      if (!j)
	{
	  if (finished)
	    break;
	  usleep (100);
	}
      else
	{
	  if (j->stamp != (j->id < 200 ? 0 : 1000 + j->id)
	      || j->cost != j->id % 7)
	    bad++;
	  done_cost += j->cost;
	  done_jobs++;
	  free (j);
	}
      gearshift_update_point ("job");
    }
  return NULL;
}

static void
arrived (void)
{
  in_v2 = 1;
}
GEARSHIFT_ON_UPDATE (arrived)

int
main (void)
{
  pthread_t t;
  char msg[1024];
  pthread_create (&t, NULL, worker, NULL);
  for (int i = 0; i < 200; i++)
    {
      struct job *j = malloc (sizeof *j);
      j->id = i;
      j->cost = i % 7;
      j->stamp = 0;
      put (j);
    }
  for (int k = 0; k < 5000 && !in_v2; k++)
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  printf ("v2 main: status %d: %s\n",
	  gearshift_update_status (msg, sizeof msg), msg);
  for (int i = 200; i < 250; i++)
    {
      struct job *j = malloc (sizeof *j);
      j->id = i;
      j->cost = i % 7;
      j->stamp = 1000 + i;
      put (j);
    }
  go = finished = 1;
  pthread_join (t, NULL);
  printf ("v2 main: jobs %ld cost %ld bad %ld\n", done_jobs, done_cost, bad);
  return 0;
}
