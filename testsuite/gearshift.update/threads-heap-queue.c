/* A queue of jobs in the heap, filled by main and consumed by a worker
   thread: version 2 reorders the job and adds a field, and the update
   converts the 200 jobs waiting (every thread stopped at a point); the
   worker, now version 2's, consumes them and the 50 that version 2 adds,
   and reads every converted one right.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-heap-queue-v2/threads-heap-queue.c=threads-heap-queue-v2.so" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct job { int id; int cost; struct job *next; };

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
	  done_cost += j->cost;
	  done_jobs++;
	  free (j);
	}
      gearshift_update_point ("job");
    }
  return NULL;
}

int
main (void)
{
  pthread_t t;
  pthread_create (&t, NULL, worker, NULL);
  for (int i = 0; i < 200; i++)
    {
      struct job *j = malloc (sizeof *j);
      j->id = i;
      j->cost = i % 7;
      put (j);
    }
  gearshift_request_update ("./threads-heap-queue-v2.so");
  for (int k = 0; k < 5000 && !in_v2; k++)
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  printf ("v1 main: not updated\n");
  go = finished = 1;
  pthread_join (t, NULL);
  return 0;
}

/* { dg-output "^v2 main: status 0: updated to \[^\n\]*; converted in the heap: struct job \\(200 objects\\)\[^\n\]*\n" } */
/* { dg-output "v2 main: jobs 250 cost 745 bad 0\n$" } */
