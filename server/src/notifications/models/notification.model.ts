import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notification-kind';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field({ description: 'Path inside the web app.' })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationList')
export class NotificationListModel {
  @Field(() => [NotificationModel], { description: 'Newest first.' })
  items: NotificationModel[];

  @Field(() => Int)
  unreadCount: number;
}
