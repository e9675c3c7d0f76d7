/* Objects in the heap cannot convert while a thread runs on in the old
   version's frames: a worker waits at a point in a qsort comparator
   (the C library's qsort is between it and its root, so its stack
   cannot be captured), and its old code may read the objects with the
   old layout afterwards.  The update, which would convert the list's
   nodes, is refused, naming the thread; version 1 goes on.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-heap-stays-v2/threads-heap-stays.c=threads-heap-stays-v2.so" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct node { int value; struct node *next; };
static struct node *head;
volatile int in_sort, released;
static int numbers[4] = { 3, 1, 2, 0 };

static int
cmp (const void *a, const void *b)
{
  in_sort = 1;
  while (!released)
    {
      usleep (500);
      gearshift_update_point ("cmp");
    }
  return *(const int *) a - *(const int *) b;
}

static void *
worker (void *arg)
{
  (void) arg;
  qsort (numbers, 4, sizeof *numbers, cmp);
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[1024];
  for (int i = 1; i <= 3; i++)
    {
      struct node *n = malloc (sizeof *n);
      n->value = i;
      n->next = head;
      head = n;
    }
  pthread_create (&t, NULL, worker, NULL);
  while (!in_sort)
    usleep (100);
  gearshift_request_update ("./threads-heap-stays-v2.so");
  for (int k = 0; k < 2; k++)
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  released = 1;
  pthread_join (t, NULL);
  printf ("status %d: %s\n", status, msg);
  printf ("v1 sum %d sorted %d%d%d%d\n",
	  head->value + head->next->value + head->next->next->value,
	  numbers[0], numbers[1], numbers[2], numbers[3]);
  return 0;
}

/* { dg-output "^status -8: update to \[^ \]+/threads-heap-stays-v2.so refused: objects in the heap would convert \\(struct node \\(3 objects\\)\\) while thread 2 stays in the old version's frames \\(at a point of cmp: \[^)\]*\\), whose code may read them with the old layout\n" } */
/* { dg-output "v1 sum 6 sorted 0123\n$" } */
