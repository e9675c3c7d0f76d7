/* Version 2 of const-changed.c: the second operation quadruples,
   with another weight; a longer greeting.  */







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

static int __attribute__ ((noinline))
quadruple (int x)
{
  return 4 * x;
}

static const struct op ops[2] = { { "double", twice, 1 },
				  { "triple", quadruple, 5 } };
static const char greeting[] = "hello, world";

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
  printf ("v2 i=%d same=%d name=%s apply=%d weight=%d greet=%s same=%d "
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
	;;
      gearshift_update_point ("tick");
    }
  char msg[400];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
