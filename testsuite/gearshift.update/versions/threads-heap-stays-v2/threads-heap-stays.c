/* Version 2 of threads-heap-stays.c: a node gains a weight, and nodes
   convert field by field.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct node { int value; long weight; struct node *next; };
GEARSHIFT_CONVERT_BY_NAME (struct node)
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
  printf ("v2 sum %d sorted %d%d%d%d\n",
	  head->value + head->next->value + head->next->next->value,
	  numbers[0], numbers[1], numbers[2], numbers[3]);
  return 0;
}

