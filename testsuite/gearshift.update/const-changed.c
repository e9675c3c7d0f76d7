/* A constant whose contents change keeps its address and takes the new
   contents (a new value, a pointer to a new function), so a pointer
   into it held in the heap sees what the new version's own name of it
   sees; a constant that changed size cannot take them: it stays apart,
   pointers to it held in the heap keep the old object, and the outcome
   names it, while those in a global and a frame, which the runtime
   sees, move to the new one.  */
/* { dg-do run } */
/* { dg-versions "versions/const-changed-v2/const-changed.c=const-changed-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct op { const char *name; int (*apply) (int); int weight; };
struct conn { const struct op *op; const char *greet; };

static int __attribute__ ((noinline))
twice (int x)
{
  return 2 * x;
}

static int __attribute__ ((noinline))
thrice (int x)
{
  return 3 * x;
}

static const struct op ops[2] = { { "double", twice, 1 },
				  { "triple", thrice, 1 } };
static const char greeting[] = "hello";

static const char *motd;

static struct conn * __attribute__ ((noinline))
connect (void)
{
  struct conn *c = malloc (sizeof *c);
  c->op = &ops[1];
  c->greet = greeting;
  motd = greeting;
  return c;
}

static void __attribute__ ((noinline))
report (int i, const struct conn *c, const char *g)
{
  printf ("v1 i=%d same=%d name=%s apply=%d weight=%d greet=%s same=%d "
	  "motd=%s same=%d local=%s same=%d\n",
	  i, c->op == &ops[1], c->op->name, c->op->apply (10), c->op->weight,
	  c->greet, c->greet == greeting, motd, motd == greeting, g,
	  g == greeting);
}

int
main (void)
{
  struct conn *c = connect ();
  const char *g = c->greet;
  for (int i = 0; i < 3; i++)
    {
      report (i, c, g);
      if (i == 1)
	gearshift_request_update ("./const-changed-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[400];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 same=1 name=triple apply=30 weight=1 greet=hello same=1 motd=hello same=1 local=hello same=1\n" } */
/* { dg-output "v1 i=1 same=1 name=triple apply=30 weight=1 greet=hello same=1 motd=hello same=1 local=hello same=1\n" } */
/* { dg-output "v2 i=2 same=1 name=triple apply=40 weight=5 greet=hello same=0 motd=hello, world same=1 local=hello, world same=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/const-changed-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected; constants given new contents: ops \\(const-changed.c\\); constants not shared, old pointers keep the old object: greeting \\(const-changed.c\\) \\(size changed\\); old code still reachable: thrice \\(gone\\)\n$" } */
